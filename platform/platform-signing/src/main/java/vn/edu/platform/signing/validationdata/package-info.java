/**
 * Validation data from online services for signatures at baseline-LT: DSS's certificate verifier
 * with online OCSP and CRL sources (reused for seconds) and the trust anchors, and a time-stamp
 * source from a TSA's URL ({@link vn.edu.platform.signing.validationdata.OnlineValidationData}).
 */
package vn.edu.platform.signing.validationdata;

package vn.edu.platform.studentrecord.record.application.port.in;

import vn.edu.platform.studentrecord.record.domain.catalogue.SubjectCatalogue;

/**
 * The subject catalogue the records are checked against (configuration, see the service README).
 */
public interface SubjectCatalogueQuery {

  SubjectCatalogue catalogue();
}

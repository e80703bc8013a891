/** Logging rules every process of the platform shares. */
package vn.edu.platform.logging;

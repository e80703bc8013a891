package vn.edu.platform.starter.testapp;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A minimal service used by the starter's own integration tests: everything it does comes from the
 * starter's auto-configuration plus the small test features in this package's sub-packages.
 */
@SpringBootApplication
public class TestApplication {}

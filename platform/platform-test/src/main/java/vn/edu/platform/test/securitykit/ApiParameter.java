package vn.edu.platform.test.securitykit;

import tools.jackson.databind.JsonNode;

/** A path, query or header parameter of an {@link ApiOperation}, its schema resolved. */
public record ApiParameter(String name, String in, boolean required, JsonNode schema) {}

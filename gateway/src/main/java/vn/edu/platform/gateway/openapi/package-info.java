/** The gateway's Swagger UI, listing the OpenAPI documents of the configured services. */
@NullMarked
package vn.edu.platform.gateway.openapi;

import org.jspecify.annotations.NullMarked;

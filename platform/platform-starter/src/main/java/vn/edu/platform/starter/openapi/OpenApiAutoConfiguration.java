package vn.edu.platform.starter.openapi;

import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import vn.edu.platform.starter.config.PlatformProperties;

/**
 * OpenAPI defaults of every service: title and version from {@code platform.service.*}, the gateway
 * as the server, the bearer-JWT security scheme (public operations say {@code security: []}, see
 * {@link PublicOperations}), the problem and 429 responses every operation can give (see {@link
 * ProblemResponsesCustomizer}), input limits and anchored patterns ({@link
 * InputConstraintsCustomizer}), {@code null} where a record component is {@code @Nullable} and
 * element constraints ({@link RecordComponentSchemas}) and request schemas named so that generated
 * clients compile ({@link RequestSchemaNames}).
 */
@AutoConfiguration
@ConditionalOnClass(OpenAPI.class)
public class OpenApiAutoConfiguration {

  public static final String SECURITY_SCHEME = "bearer-jwt";

  @Bean
  @ConditionalOnMissingBean
  OpenAPI platformOpenApi(PlatformProperties properties) {
    PlatformProperties.Service service = properties.service();
    return new OpenAPI()
        .info(
            new Info()
                .title("edu-platform " + service.name() + " API")
                .version(service.apiVersion())
                .description(
                    "Part of edu-platform, the provincial education data platform. All paths are"
                        + " served through the gateway. Errors are RFC 9457 problems"
                        + " (application/problem+json) with a stable `code`; `title` and `detail`"
                        + " follow Accept-Language (vi by default, en)."))
        .addServersItem(new Server().url(service.publicUrl()).description("gateway"))
        .components(
            new Components()
                .addSecuritySchemes(
                    SECURITY_SCHEME,
                    new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP)
                        .scheme("bearer")
                        .bearerFormat("JWT")
                        .description(
                            "Keycloak access token of the edu realm with audience "
                                + properties.security().audience())))
        .addSecurityItem(new SecurityRequirement().addList(SECURITY_SCHEME));
  }

  @Bean
  OpenApiCustomizer problemResponsesCustomizer(PlatformProperties properties) {
    return new ProblemResponsesCustomizer(properties.idempotency());
  }

  @Bean
  OpenApiCustomizer inputConstraintsCustomizer() {
    return new InputConstraintsCustomizer();
  }

  @Bean
  OpenApiCustomizer requestSchemaNames() {
    return new RequestSchemaNames();
  }

  @Bean
  OperationCustomizer publicOperations() {
    return new PublicOperations();
  }

  @Bean
  ModelConverter recordComponentSchemas() {
    return new RecordComponentSchemas();
  }
}

package vn.edu.platform.gateway.openapi;

import java.util.LinkedHashSet;
import java.util.Set;
import org.springdoc.core.properties.AbstractSwaggerUiConfigProperties.SwaggerUrl;
import org.springdoc.core.properties.SwaggerUiConfigProperties;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.edu.platform.gateway.config.DownstreamService;
import vn.edu.platform.gateway.config.GatewayProperties;

/**
 * One Swagger UI ({@code /swagger-ui.html}) over every configured service: its list of documents is
 * built from {@code edu.gateway.services}, each entry pointing at the service's own document
 * through the gateway ({@code /api/v1/<x>/v3/api-docs}), so "Try it out" calls go through the
 * gateway with the same token, CORS and limits as the frontend. The gateway's own document stays
 * out of the list (it has no API of its own).
 */
@Configuration(proxyBeanMethods = false)
class ServiceApiDocsConfiguration {

  @Bean
  InitializingBean serviceApiDocsInSwaggerUi(
      ObjectProvider<SwaggerUiConfigProperties> swaggerUi, GatewayProperties properties) {
    return () ->
        swaggerUi.ifAvailable(
            ui -> {
              Set<SwaggerUrl> urls = new LinkedHashSet<>();
              for (DownstreamService service : DownstreamService.values()) {
                if (properties.service(service).isPresent()) {
                  urls.add(
                      new SwaggerUrl(
                          service.serviceName(), service.apiDocsPath(), service.serviceName()));
                }
              }
              if (!urls.isEmpty()) {
                ui.setUrls(urls);
                ui.setUrlsPrimaryName(urls.iterator().next().getName());
              }
            });
  }
}

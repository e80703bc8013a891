package vn.edu.platform.starter.imports.web;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import vn.edu.platform.starter.imports.access.ImportAccessPolicy;
import vn.edu.platform.starter.imports.job.ImportDefinitions;
import vn.edu.platform.starter.imports.job.ImportJobQueryService;
import vn.edu.platform.starter.imports.job.ImportSubmissionService;

/**
 * Registers the (package-private) import controllers; imported by the import auto-configuration in
 * servlet web applications only, so a worker-only or batch process has the framework without
 * endpoints.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class ImportWebConfiguration {

  @Bean
  ImportTypesController importTypesController(
      ImportDefinitions definitions,
      ImportSubmissionService submissions,
      ImportAccessPolicy accessPolicy,
      Environment environment) {
    return new ImportTypesController(definitions, submissions, accessPolicy, basePath(environment));
  }

  @Bean
  ImportJobsController importJobsController(
      ImportJobQueryService queries, ImportAccessPolicy accessPolicy, Environment environment) {
    return new ImportJobsController(queries, accessPolicy, basePath(environment));
  }

  private static String basePath(Environment environment) {
    String path = environment.getProperty("platform.service.api-base-path", "/api/v1");
    return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
  }
}

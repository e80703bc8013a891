package vn.edu.platform.starter.imports;

import java.nio.file.Path;
import javax.sql.DataSource;
import org.apache.commons.csv.CSVFormat;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;
import vn.edu.platform.starter.imports.access.ImportAccessPolicy;
import vn.edu.platform.starter.imports.access.OrgScopeImportAccessPolicy;
import vn.edu.platform.starter.imports.job.ImportDefinitions;
import vn.edu.platform.starter.imports.job.ImportFileStorage;
import vn.edu.platform.starter.imports.job.ImportJobProcessor;
import vn.edu.platform.starter.imports.job.ImportJobQueryService;
import vn.edu.platform.starter.imports.job.ImportJobRepository;
import vn.edu.platform.starter.imports.job.ImportSubmissionService;
import vn.edu.platform.starter.imports.job.ImportWorker;
import vn.edu.platform.starter.imports.spi.ImportDefinition;
import vn.edu.platform.starter.imports.web.ImportWebConfiguration;
import vn.edu.platform.starter.security.CurrentCaller;
import vn.edu.platform.starter.security.OrgScope;
import vn.edu.platform.starter.security.PlatformSecurityAutoConfiguration;

/**
 * Wires the bulk import framework in every service with a database. Beans are plain classes built
 * here (no component scanning in a starter), each replaceable by a bean of the same type; access
 * follows the platform's roles and organisation scope.
 */
@AutoConfiguration(
    after = {
      DataSourceAutoConfiguration.class,
      DataSourceTransactionManagerAutoConfiguration.class,
      TransactionAutoConfiguration.class,
      FlywayAutoConfiguration.class,
      PlatformSecurityAutoConfiguration.class
    })
@ConditionalOnClass({JdbcClient.class, CSVFormat.class, ReadableWorkbook.class})
@ConditionalOnBean({DataSource.class, PlatformTransactionManager.class})
@ConditionalOnProperty(prefix = "platform.imports", name = "enabled", matchIfMissing = true)
@EnableConfigurationProperties(ImportProperties.class)
@Import(ImportWebConfiguration.class)
public class ImportAutoConfiguration {

  @Bean
  @ConditionalOnMissingBean
  ImportDefinitions importDefinitions(ObjectProvider<ImportDefinition<?>> definitions) {
    return new ImportDefinitions(definitions.orderedStream().toList());
  }

  @Bean
  @ConditionalOnMissingBean
  ImportAccessPolicy importAccessPolicy(CurrentCaller currentCaller, OrgScope scope) {
    return new OrgScopeImportAccessPolicy(currentCaller, scope);
  }

  @Bean
  @ConditionalOnMissingBean
  ImportFileStorage importFileStorage(ImportProperties properties, Environment environment) {
    Path directory = properties.storageDir();
    if (directory == null) {
      directory =
          Path.of(
              System.getProperty("java.io.tmpdir"),
              "edu-platform",
              "imports",
              environment.getProperty("platform.service.name", "service"));
    }
    return new ImportFileStorage(directory);
  }

  @Bean
  @ConditionalOnMissingBean
  ImportJobRepository importJobRepository(DataSource dataSource) {
    return new ImportJobRepository(JdbcClient.create(dataSource), new JdbcTemplate(dataSource));
  }

  @Bean
  @ConditionalOnMissingBean
  ImportJobProcessor importJobProcessor(
      ImportDefinitions definitions,
      ImportJobRepository repository,
      ImportFileStorage storage,
      PlatformTransactionManager transactionManager,
      ImportProperties properties) {
    return new ImportJobProcessor(
        definitions,
        repository,
        storage,
        new TransactionTemplate(transactionManager),
        properties.chunkSize(),
        properties.leaseDuration(),
        properties.maxAttempts(),
        properties.maxRecordChars(),
        properties.reportLocale(),
        properties.keepFiles());
  }

  @Bean
  @ConditionalOnMissingBean
  @ConditionalOnProperty(
      prefix = "platform.imports",
      name = "worker-enabled",
      matchIfMissing = true)
  ImportWorker importWorker(
      ImportJobRepository repository,
      ImportJobProcessor processor,
      ImportDefinitions definitions,
      ImportProperties properties) {
    return new ImportWorker(
        repository,
        processor,
        definitions,
        properties.workerThreads(),
        properties.leaseDuration(),
        properties.pollInterval());
  }

  @Bean
  @ConditionalOnMissingBean
  ImportSubmissionService importSubmissionService(
      ImportDefinitions definitions,
      ImportAccessPolicy accessPolicy,
      ImportFileStorage storage,
      ImportJobRepository repository,
      ImportProperties properties,
      ObjectProvider<ImportWorker> worker) {
    return new ImportSubmissionService(
        definitions,
        accessPolicy,
        storage,
        repository,
        properties.maxFileSize().toBytes(),
        properties.maxRecordChars(),
        () -> worker.ifAvailable(ImportWorker::wakeUp));
  }

  @Bean
  @ConditionalOnMissingBean
  ImportJobQueryService importJobQueryService(
      ImportJobRepository repository,
      ImportAccessPolicy accessPolicy,
      PlatformTransactionManager transactionManager,
      ImportProperties properties) {
    TransactionTemplate readOnly = new TransactionTemplate(transactionManager);
    readOnly.setReadOnly(true);
    return new ImportJobQueryService(
        repository,
        accessPolicy,
        readOnly,
        properties.maxErrorPageSize(),
        properties.reportLocale());
  }

  /**
   * Raises the servlet multipart limits (1 MB per file by default) to {@code
   * platform.imports.max-file-size}, so that the framework, not the container, decides what is too
   * large and answers with its problem. Limits a service set higher are left alone.
   */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(MultipartProperties.class)
  static class MultipartLimits {

    private static final long FORM_OVERHEAD = DataSize.ofMegabytes(1).toBytes();

    @Bean
    static BeanPostProcessor importMultipartLimits(Environment environment) {
      return new BeanPostProcessor() {
        @Override
        public Object postProcessAfterInitialization(Object bean, String beanName) {
          if (bean instanceof MultipartProperties multipart) {
            long wanted =
                Binder.get(environment)
                    .bind("platform.imports.max-file-size", DataSize.class)
                    .orElse(DataSize.ofMegabytes(200))
                    .toBytes();
            if (multipart.getMaxFileSize().toBytes() >= 0
                && multipart.getMaxFileSize().toBytes() < wanted + FORM_OVERHEAD) {
              multipart.setMaxFileSize(DataSize.ofBytes(wanted + FORM_OVERHEAD));
            }
            if (multipart.getMaxRequestSize().toBytes() >= 0
                && multipart.getMaxRequestSize().toBytes() < wanted + FORM_OVERHEAD) {
              multipart.setMaxRequestSize(DataSize.ofBytes(wanted + FORM_OVERHEAD));
            }
          }
          return bean;
        }
      };
    }
  }
}

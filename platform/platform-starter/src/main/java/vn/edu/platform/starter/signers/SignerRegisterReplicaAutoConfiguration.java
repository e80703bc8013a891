package vn.edu.platform.starter.signers;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;
import vn.edu.platform.signing.register.SigningAuthorisation;

/**
 * The register of signers' replica, for the services that sign ({@code
 * platform.signer-register-replica.enabled=true}): the replica as platform-signing's {@code
 * SignerRegister}, its listener, and the shared decision {@link SigningAuthorisation}.
 */
@AutoConfiguration
@ConditionalOnProperty(name = "platform.signer-register-replica.enabled", havingValue = "true")
public class SignerRegisterReplicaAutoConfiguration {

  @Bean
  JdbcSignerRegisterReplica signerRegisterReplica(JdbcClient jdbc) {
    return new JdbcSignerRegisterReplica(jdbc);
  }

  @Bean
  SignerRegisterReplicaListener signerRegisterReplicaListener(
      JdbcSignerRegisterReplica replica, JsonMapper json) {
    return new SignerRegisterReplicaListener(replica, json);
  }

  @Bean
  SigningAuthorisation signingAuthorisation() {
    return new SigningAuthorisation();
  }
}

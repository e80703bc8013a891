package vn.edu.platform.plan;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** plan-service: the department's plans, targets, progress reports and the organisation tree. */
@SpringBootApplication
public class PlanServiceApplication {

  public static void main(String[] args) {
    SpringApplication.run(PlanServiceApplication.class, args);
  }
}

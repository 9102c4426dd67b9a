package vn.kehoach.engine.task;

import java.util.ArrayList;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Installs {@link TaskInputGuard} and {@link TaskPeopleGuard} inside every command of the engine (after its command
 * context is opened).
 */
@Component
public class TaskInputGuardPlugin extends AbstractProcessEnginePlugin {

  private final TaskContracts contracts;

  /** Lazy: the contracts read plans through services that need the engine this plugin helps to build. */
  public TaskInputGuardPlugin(@Lazy TaskContracts contracts) {
    this.contracts = contracts;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    TaskInputGuard guard = new TaskInputGuard(contracts, TaskForms.fromClasspath());
    if (configuration.getCustomPostCommandInterceptorsTxRequired() == null) {
      configuration.setCustomPostCommandInterceptorsTxRequired(new ArrayList<>());
    }
    configuration.getCustomPostCommandInterceptorsTxRequired().add(guard);
    configuration.getCustomPostCommandInterceptorsTxRequired().add(new TaskPeopleGuard(contracts));
  }
}

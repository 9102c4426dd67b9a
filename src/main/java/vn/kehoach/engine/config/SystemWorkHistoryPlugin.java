package vn.kehoach.engine.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.event.HistoricJobLogEvent;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.springframework.stereotype.Component;
import vn.kehoach.engine.assignment.AssignmentProcess;
import vn.kehoach.engine.lifecycle.PlanLifecycleProcess;

/**
 * History level full for what people do, and the same history less two kinds of rows for what the engine does on its
 * own in the plan's processes (issue 17). A plan of ten assignments wrote 312 rows of variable details and 60 of job
 * log, a quarter of its rows; nearly all record the system's own work: the variables every instance starts with,
 * the timers created and deleted by the schedule. Those two are left out when no person is behind the command
 * (no authenticated user: the job executor, a plan started or carried on by the system):
 *
 * <ul>
 *   <li>ACT_HI_DETAIL, each value a variable had: the variable's latest value stays in ACT_HI_VARINST;</li>
 *   <li>ACT_HI_JOB_LOG of a job created or deleted: a timer that fired is still logged, with the node that ran it
 *       (ClusterIT counts them), and so is every failure.</li>
 * </ul>
 * Everything else is written as before: process, activity and task instances, variables, identity links, incidents,
 * the user operation log, and every row of a person's own command (Tasklist, Cockpit, /engine-rest). Who decided what
 * and when is recorded by the application itself (plan_event, {@code vn.kehoach.history.PlanHistory}). Other
 * processes deployed to the engine keep the full history. The engine's history level stays "full".
 */
@Component
public class SystemWorkHistoryPlugin extends AbstractProcessEnginePlugin {

  static final Set<String> PLAN_PROCESSES = Set.of(PlanLifecycleProcess.KEY, AssignmentProcess.KEY);

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setEnableDefaultDbHistoryEventHandler(false);
    List<HistoryEventHandler> handlers = new ArrayList<>();
    handlers.add(new Handler());
    if (configuration.getCustomHistoryEventHandlers() != null) {
      handlers.addAll(configuration.getCustomHistoryEventHandlers());
    }
    configuration.setCustomHistoryEventHandlers(handlers);
  }

  /** The engine's own database handler, less the rows above. */
  static final class Handler extends DbHistoryEventHandler {

    @Override
    public void handleEvent(HistoryEvent event) {
      if (event instanceof HistoricJobLogEvent job && (job.isCreationLog() || job.isDeletionLog())
          && systemWork(event)) {
        return;
      }
      super.handleEvent(event);
    }

    @Override
    protected boolean shouldWriteHistoricDetail(HistoricVariableUpdateEventEntity event) {
      return super.shouldWriteHistoricDetail(event) && !systemWork(event);
    }

    private static boolean systemWork(HistoryEvent event) {
      String process = event.getProcessDefinitionKey(); // none for the engine's own jobs, e.g. history cleanup
      if (process == null || !PLAN_PROCESSES.contains(process)) {
        return false;
      }
      CommandContext command = Context.getCommandContext();
      return command == null || command.getAuthenticatedUserId() == null;
    }
  }
}

package vn.kehoach.engine.task;

import org.camunda.bpm.engine.impl.cmd.AbstractAddIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetTaskPropertyCmd;
import org.camunda.bpm.engine.impl.cmd.AddGroupIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.AddUserIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.AssignTaskCmd;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.DelegateTaskCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.SaveTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskOwnerCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;

/** Reads, from the engine's commands, who they are about to put on a task (assignee, owner, delegate, a link). */
final class TaskPeopleCommands {

  /**
   * A change of who works on a task.
   *
   * @param user the person it is given to (claim, assign, delegate, owner), or null when it is taken back
   * @param changesLinks true for adding or removing a candidate or other identity link
   * @param claim true for a claim (or unclaim): the engine asks TASK_WORK for it, TASK_ASSIGN for the others
   */
  record PeopleChange(String taskId, String user, boolean changesLinks, boolean claim) {}

  private TaskPeopleCommands() {}

  /** The change this command makes to a task's people, or null for any other command. */
  static PeopleChange of(Command<?> command) {
    if (command instanceof ClaimTaskCmd) {
      return new PeopleChange(field(ClaimTaskCmd.class, "taskId", command), field(ClaimTaskCmd.class, "userId", command),
          false, true);
    }
    if (command instanceof DelegateTaskCmd) {
      return new PeopleChange(field(DelegateTaskCmd.class, "taskId", command),
          field(DelegateTaskCmd.class, "userId", command), false, false);
    }
    if (command instanceof AssignTaskCmd || command instanceof SetTaskOwnerCmd) {
      return new PeopleChange(field(AbstractSetTaskPropertyCmd.class, "taskId", command),
          field(AbstractAddIdentityLinkCmd.class, "userId", command), false, false);
    }
    if (command instanceof AddUserIdentityLinkCmd || command instanceof AddGroupIdentityLinkCmd) {
      return new PeopleChange(field(AbstractSetTaskPropertyCmd.class, "taskId", command), null, true, false);
    }
    if (command instanceof DeleteIdentityLinkCmd) {
      return new PeopleChange(field(DeleteIdentityLinkCmd.class, "taskId", command), null, true, false);
    }
    return null;
  }

  /** A saved task (PUT /task/{id}): its new assignee and owner, to compare with the stored ones. */
  static TaskEntity saved(Command<?> command) {
    return command instanceof SaveTaskCmd ? field(SaveTaskCmd.class, "task", command) : null;
  }

  private static <T> T field(Class<?> owner, String name, Object command) {
    return CommandFields.read(owner, name, command);
  }
}

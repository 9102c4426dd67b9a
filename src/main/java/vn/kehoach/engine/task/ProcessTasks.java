package vn.kehoach.engine.task;

import java.util.List;

/** The contracts of the user tasks of one process; each process's package has one (a Spring bean). */
public interface ProcessTasks {

  List<TaskContract> contracts();
}

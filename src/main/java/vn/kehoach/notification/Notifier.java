package vn.kehoach.notification;

/** Sends notifications; after the current transaction commits, so that a rolled-back step sends nothing. */
public interface Notifier {

  void send(Notification notification);
}

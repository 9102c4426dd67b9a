package vn.kehoach.notification;

import java.util.List;

/** A message to people: Vietnamese subject and text, to their e-mail addresses. */
public record Notification(List<String> to, String subject, String text) {}

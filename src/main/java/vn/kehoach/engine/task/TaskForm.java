package vn.kehoach.engine.task;

import java.util.Set;

/**
 * What a Camunda Form ({@code forms/*.form}) asks of the user: the keys of the fields the user fills in. Fields
 * shown for reading only are {@code disabled}, so that Tasklist does not send them back.
 *
 * @param id the form's id, as in {@code camunda:formRef}
 * @param inputs the keys of the fields the user may fill in
 * @param shown the keys of the disabled fields, shown for reading only
 */
public record TaskForm(String id, Set<String> inputs, Set<String> shown) {}

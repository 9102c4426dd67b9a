package vn.kehoach.importing;

import vn.kehoach.assignment.AssignmentRole;
import vn.kehoach.deadline.parser.ParsedDeadline;

/**
 * One body's part in one task. A task led by X with Y and Z cooperating gives three of these, sharing task and
 * deadline.
 *
 * @param body as written ("UBND phường"), null when the item names no body (the letter's tasks for all addressees)
 * @param task the task's text from its first verb ("Xây dựng kế hoạch ..."), with the item's sub-points
 * @param deadline what the deadline parser read in the whole item (UNPARSED when nothing)
 * @param origin where in the document the assignment was read
 * @param line the line where the item starts
 * @param excerpt the item's opening words, for warnings
 */
public record ParsedAssignment(String body, AssignmentRole role, String task, ParsedDeadline deadline, Origin origin,
                               int line, String excerpt) {

  public enum Origin {
    /** A numbered item of the section "Tổ chức thực hiện". */
    IMPLEMENTATION_SECTION,
    /** A "Phân công thực hiện: X chủ trì, phối hợp với Y" line under a task. */
    TASK_ALLOCATION,
    /** A numbered task of a document without sections (an official letter's focus tasks). */
    NUMBERED_TASK,
    /** An article of a decision ("Điều 2. Giao Sở ... chủ trì ..."). */
    ARTICLE,
    /** A sentence giving work in a letter or notice ("... giao Bộ Công an chủ trì ..."). */
    DIRECTIVE,
    /** A row of a task table (Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành). */
    TASK_TABLE
  }
}

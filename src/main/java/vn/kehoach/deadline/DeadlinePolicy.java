package vn.kehoach.deadline;

import java.time.LocalTime;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How deadlines are enforced ({@code app.deadlines.*}).
 *
 * @param reminderWorkingDays remind the unit this many working days before its last day
 * @param graceWorkingDays escalate to the signer when the work is still open this many working days after the last day
 * @param ongoingReportCycle how often ongoing work ("thường xuyên") is reported on
 * @param periodicReportLeadWorkingDays a periodic report task opens this many working days before it is due
 * @param workdayStart the hour at which reminders and report tasks appear
 */
@ConfigurationProperties("app.deadlines")
public record DeadlinePolicy(@DefaultValue("3") int reminderWorkingDays, @DefaultValue("5") int graceWorkingDays,
                             @DefaultValue("P6M") Period ongoingReportCycle,
                             @DefaultValue("5") int periodicReportLeadWorkingDays,
                             @DefaultValue("08:00") LocalTime workdayStart) {}

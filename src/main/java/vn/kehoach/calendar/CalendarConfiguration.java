package vn.kehoach.calendar;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Vietnam's working days: weekends, public holidays (lunar ones computed) and each year's announced swaps. */
@Configuration
public class CalendarConfiguration {

  @Bean
  WorkingCalendar workingCalendar() {
    return VietnamWorkingCalendar.load();
  }
}

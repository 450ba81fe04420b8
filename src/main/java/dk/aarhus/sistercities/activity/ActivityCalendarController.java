package dk.aarhus.sistercities.activity;

import dk.aarhus.sistercities.content.Language;
import dk.aarhus.sistercities.content.PublicPaths;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The events as iCalendar files, for calendar programs to subscribe to. */
@Controller
class ActivityCalendarController {

    static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

    private final ActivityCalendar calendar;

    ActivityCalendarController(ActivityCalendar calendar) {
        this.calendar = calendar;
    }

    @GetMapping({PublicPaths.ACTIVITIES_ICS_DA, PublicPaths.ACTIVITIES_ICS_EN})
    ResponseEntity<String> calendar(@PathVariable("lang") Language language) {
        return ResponseEntity.ok().contentType(CALENDAR).body(calendar.calendar(language));
    }
}

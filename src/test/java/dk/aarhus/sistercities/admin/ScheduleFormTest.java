package dk.aarhus.sistercities.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;

/** The schedule form's reading of days and times in Danish time, and its refusals. */
class ScheduleFormTest {

    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

    @Test
    void daysAndTimesAreDanishTimeAsTypedOrAsAFieldSendsThem() {
        assertThat(check("2026-12-03", "09:00", null, null).publishAt()).isEqualTo("2026-12-03T08:00:00Z");
        assertThat(check("3.12.2026", "9.00", null, null).publishAt()).isEqualTo("2026-12-03T08:00:00Z");
        assertThat(check("2026-06-03", "09:00:00", null, null).publishAt()).as("summer time")
                .isEqualTo("2026-06-03T07:00:00Z");
        // 29 March 2026, 02:30 does not exist in Copenhagen (the clocks go from 02:00 to 03:00): 03:30 summer time.
        assertThat(check("2026-03-29", "02:30", null, null).publishAt()).isEqualTo("2026-03-29T01:30:00Z");
        ScheduleForm.Moments both = check("2026-04-01", "10:00", "2026-04-02", "10:00");
        assertThat(both.unpublishAt()).isEqualTo("2026-04-02T08:00:00Z");
        assertThat(check(null, null, "2026-04-02", "10:00").publishAt()).as("a take-off alone").isNull();
    }

    @Test
    void whatIsNotARealFutureMomentWithinTwoYearsIsRefusedFieldByField() {
        assertThat(errors("2026-02-30", "09:00", null, null)).containsExactly("publishDate:schedule.error.date");
        assertThat(errors("2026-04-01", "24:00", null, null)).containsExactly("publishTime:schedule.error.time");
        assertThat(errors("2026-04-01", "", null, null)).containsExactly("publishTime:schedule.error.time-missing");
        assertThat(errors(" ", "09:00", null, null)).containsExactly("publishDate:schedule.error.date-missing");
        assertThat(errors("2026-03-01", "13:00", null, null)).as("this very minute, in Danish time")
                .containsExactly("publishDate:schedule.error.past");
        assertThat(errors("2028-03-03", "09:00", null, null)).containsExactly("publishDate:schedule.error.too-far");
        assertThat(errors("2026-04-02", "10:00", "2026-04-02", "10:00"))
                .containsExactly("unpublishDate:schedule.error.order");
        assertThat(errors(null, null, null, null)).containsExactly("publishDate:schedule.error.nothing");
        assertThat(errors("2026-04-01" + "x".repeat(100), "09:00" + "0".repeat(100), null, null))
                .containsExactly("publishDate:schedule.error.date", "publishTime:schedule.error.time");
    }

    private static ScheduleForm.Moments check(String publishDate, String publishTime, String unpublishDate,
            String unpublishTime) {
        ScheduleForm form = form(publishDate, publishTime, unpublishDate, unpublishTime);
        BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "scheduleForm");
        ScheduleForm.Moments moments = form.check(errors, NOW);
        assertThat(errors.getAllErrors()).isEmpty();
        return moments;
    }

    private static java.util.List<String> errors(String publishDate, String publishTime, String unpublishDate,
            String unpublishTime) {
        ScheduleForm form = form(publishDate, publishTime, unpublishDate, unpublishTime);
        BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "scheduleForm");
        form.check(errors, NOW);
        return errors.getFieldErrors().stream().map(e -> e.getField() + ":" + e.getCode()).toList();
    }

    private static ScheduleForm form(String publishDate, String publishTime, String unpublishDate,
            String unpublishTime) {
        ScheduleForm form = new ScheduleForm();
        form.setPublishDate(publishDate);
        form.setPublishTime(publishTime);
        form.setUnpublishDate(unpublishDate);
        form.setUnpublishTime(unpublishTime);
        return form;
    }
}

package dk.aarhus.sistercities.account;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The audit log, newest first, for administrators only (see {@link SecurityConfig}). */
@Controller
class AuditController {

    static final int PAGE_SIZE = 100;
    /** Far beyond any real log, and small enough that the offset cannot overflow. */
    private static final int MAX_PAGE = 1_000_000;

    private final AuditEntryRepository entries;

    AuditController(AuditEntryRepository entries) {
        this.entries = entries;
    }

    @GetMapping("/admin/audit")
    String audit(@RequestParam(defaultValue = "1") int page, Model model) {
        if (page < 1 || page > MAX_PAGE) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        Slice<AuditEntry> slice = entries.findAllByOrderByIdDesc(PageRequest.of(page - 1, PAGE_SIZE));
        model.addAttribute("entries", slice.map(AuditRow::of).getContent());
        model.addAttribute("pageNumber", page);
        model.addAttribute("hasNext", slice.hasNext());
        return "account/audit";
    }
}

package dk.aarhus.sistercities.admin;

import dk.aarhus.sistercities.page.PageEditor;
import dk.aarhus.sistercities.site.PathLocaleResolver;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The list of pages editors made ({@code /admin/pages}), found by a text and a state, like the cities. */
@Controller
class PageListController {

    private final PageEditor editor;

    PageListController(PageEditor editor) {
        this.editor = editor;
    }

    /** Every page, filtered by a text (titles, addresses and texts in both languages) and a state. */
    @GetMapping(PageAdminController.BASE)
    String list(HttpServletRequest request, @RequestParam(required = false) String q,
            @RequestParam(required = false) String state, Model model) {
        ListFilter filter = new ListFilter(q).choice("state", state, ListFilter.STATES);
        List<PageEditor.Item> all = editor.items(PathLocaleResolver.languageOf(request));
        List<PageEditor.Item> shown = all.stream().filter(i -> filter.matches("state", i.state().name())
                && (filter.getText() == null || filter.matchesText(editor.draft(i.key()).content().texts().values()
                        .stream().map(t -> ListFilter.joined(t.title(), t.slug(), t.body())).toList().toString()))).toList();
        model.addAttribute("items", shown);
        model.addAttribute("stateOptions", ListFilter.STATES);
        filter.show(model, shown.size(), all.size());
        return "admin/pages";
    }
}

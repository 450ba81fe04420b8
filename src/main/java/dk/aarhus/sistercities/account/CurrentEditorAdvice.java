package dk.aarhus.sistercities.account;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page the {@code editor} the editor layout reads: null when nobody is logged in. */
@ControllerAdvice
class CurrentEditorAdvice {

    @ModelAttribute("editor")
    CurrentEditor editor() {
        return CurrentEditor.current().orElse(null);
    }
}

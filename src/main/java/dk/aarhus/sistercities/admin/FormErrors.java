package dk.aarhus.sistercities.admin;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * Puts a form's errors in the order of its fields, so the error summary reads top to bottom like the page,
 * and keeps one error a field (the first rule it breaks): the summary names each field once.
 */
final class FormErrors {

    private FormErrors() {
    }

    static BindingResult inPageOrder(BindingResult result, List<String> fieldOrder) {
        BindingResult ordered = new BeanPropertyBindingResult(result.getTarget(), result.getObjectName());
        result.getGlobalErrors().forEach(ordered::addError);
        Set<String> named = new HashSet<>();
        result.getFieldErrors().stream()
                .sorted(Comparator.comparingInt((FieldError e) -> {
                    int index = fieldOrder.indexOf(e.getField());
                    return index < 0 ? Integer.MAX_VALUE : index;
                }))
                .filter(e -> named.add(e.getField()))
                .forEach(ordered::addError);
        return ordered;
    }
}

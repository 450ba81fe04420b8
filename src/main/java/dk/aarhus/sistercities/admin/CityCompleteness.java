package dk.aarhus.sistercities.admin;

import dk.aarhus.sistercities.city.CityContent;
import dk.aarhus.sistercities.city.PartnershipTypeRepository;
import jakarta.validation.groups.Default;
import org.springframework.stereotype.Component;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.SmartValidator;

/**
 * The city form's rules, as a save and as a publish check them. A save keeps the default group: what the
 * database needs (an address) and the format of what is filled in. A publish adds {@link Complete} (every
 * required field in every language) and sources for every fact. Each field's first problem only, in the
 * form's order.
 */
@Component
class CityCompleteness {

    private final SmartValidator validator;
    private final PartnershipTypeRepository types;

    CityCompleteness(SmartValidator validator, PartnershipTypeRepository types) {
        this.validator = validator;
        this.types = types;
    }

    /** What a save refuses. */
    BindingResult forSave(CityForm form, BindingResult result) {
        form.keepSiteLanguages();
        validator.validate(form, result);
        rest(form, result);
        return FormErrors.inPageOrder(result, CityFormChecks.fieldOrder(form));
    }

    /** What a publish refuses: the save's rules, every required field, and a source for every fact. */
    BindingResult forPublish(CityForm form) {
        return complete(form, true);
    }

    /** What the public page needs to be drawn: every required field (a fact without a source is shown). */
    BindingResult forPreview(CityForm form) {
        return complete(form, false);
    }

    private BindingResult complete(CityForm form, boolean sources) {
        BindingResult result = new BeanPropertyBindingResult(form, "cityForm");
        form.keepSiteLanguages();
        validator.validate(form, result, Default.class, Complete.class);
        rest(form, result);
        if (sources) {
            CityFormChecks.uncited(form, result);
        }
        return FormErrors.inPageOrder(result, CityFormChecks.fieldOrder(form));
    }

    boolean publishable(CityContent draft) {
        return !forPublish(CityForm.of(null, draft, null)).hasErrors();
    }

    private void rest(CityForm form, Errors result) {
        if (form.getType() != null && !form.getType().isBlank() && types.findByCode(form.getType()).isEmpty()
                && !result.hasFieldErrors("type")) {
            result.rejectValue("type", "UnknownType");
        }
        CityFormChecks.acrossFields(form, result);
    }
}

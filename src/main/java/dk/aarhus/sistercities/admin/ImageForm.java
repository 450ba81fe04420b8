package dk.aarhus.sistercities.admin;

import dk.aarhus.sistercities.image.FocalPoint;
import dk.aarhus.sistercities.image.Image;
import dk.aarhus.sistercities.image.ImageDetails;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.validation.Errors;

/**
 * The form of an image: its alt text in each language (required unless it is decorative), caption, credit, licence
 * and focal point, and the version it was opened on. The file itself is a part of its own ({@code file}).
 */
public class ImageForm {

    /** The fields in the order of the page, for the error summary. */
    static final List<String> FIELDS = List.of("file", "altDa", "altEn", "decorative", "captionDa", "captionEn",
            "credit", "licence", "focus");

    private Long version;
    @Size(max = 300)
    private String altDa;
    @Size(max = 300)
    private String altEn;
    private boolean decorative;
    @Size(max = 500)
    private String captionDa;
    @Size(max = 500)
    private String captionEn;
    @Size(max = 200)
    private String credit;
    @Size(max = 200)
    private String licence;
    private FocalPoint focus = FocalPoint.CENTER;

    static ImageForm of(Image image) {
        ImageForm form = new ImageForm();
        ImageDetails details = image.details();
        form.version = image.getVersion();
        form.altDa = details.altDa();
        form.altEn = details.altEn();
        form.decorative = details.decorative();
        form.captionDa = details.captionDa();
        form.captionEn = details.captionEn();
        form.credit = details.credit();
        form.licence = details.licence();
        form.focus = details.focus();
        return form;
    }

    /** Alt text in both languages unless the image is decorative (then none is kept). */
    void check(Errors errors) {
        if (!decorative) {
            if (blank(altDa)) {
                errors.rejectValue("altDa", "image.problem.alt-da");
            }
            if (blank(altEn)) {
                errors.rejectValue("altEn", "image.problem.alt-en");
            }
        }
    }

    ImageDetails details() {
        return new ImageDetails(decorative ? null : clean(altDa), decorative ? null : clean(altEn), decorative,
                clean(captionDa), clean(captionEn), clean(credit), clean(licence),
                focus == null ? FocalPoint.CENTER : focus);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String clean(String text) {
        return blank(text) ? null : text.strip();
    }

    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
    public String getAltDa() { return altDa; }
    public void setAltDa(String altDa) { this.altDa = altDa; }
    public String getAltEn() { return altEn; }
    public void setAltEn(String altEn) { this.altEn = altEn; }
    public boolean isDecorative() { return decorative; }
    public void setDecorative(boolean decorative) { this.decorative = decorative; }
    public String getCaptionDa() { return captionDa; }
    public void setCaptionDa(String captionDa) { this.captionDa = captionDa; }
    public String getCaptionEn() { return captionEn; }
    public void setCaptionEn(String captionEn) { this.captionEn = captionEn; }
    public String getCredit() { return credit; }
    public void setCredit(String credit) { this.credit = credit; }
    public String getLicence() { return licence; }
    public void setLicence(String licence) { this.licence = licence; }
    public FocalPoint getFocus() { return focus; }
    public void setFocus(FocalPoint focus) { this.focus = focus; }
    /** The file part, for the error summary's link and the field's messages. */
    public String getFile() { return null; }
}

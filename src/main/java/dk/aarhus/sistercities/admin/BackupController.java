package dk.aarhus.sistercities.admin;

import dk.aarhus.sistercities.account.AuditEvent;
import dk.aarhus.sistercities.account.AuditLog;
import dk.aarhus.sistercities.seed.ContentDocument;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Backup and restore of all content, for administrators (see the account package's security
 * configuration): {@code /admin/backup} offers the export as a download and the import as an upload,
 * into a site without content only. The upload is bounded twice: by
 * {@code sistercities.backup.max-import-size}, checked here with a message that says so, and below the
 * servlet container's multipart limits ({@code spring.servlet.multipart.*}), which
 * {@link UploadLimitFilter} turns into the same message.
 */
@Controller
class BackupController {

    static final String PAGE = "admin/backup";
    static final String FORM = "importForm";

    private final ContentBackup backup;
    private final AuditLog audit;
    private final Clock clock;
    private final DataSize maxImportSize;
    private final ContentArchive archive;
    private final DataSize maxArchiveSize;

    BackupController(ContentBackup backup, AuditLog audit, Clock clock,
            @Value("${sistercities.backup.max-import-size:5MB}") DataSize maxImportSize, ContentArchive archive,
            @Value("${sistercities.backup.max-archive-size:12MB}") DataSize maxArchiveSize) {
        this.archive = archive;
        this.maxArchiveSize = maxArchiveSize;
        this.backup = backup;
        this.audit = audit;
        this.clock = clock;
        this.maxImportSize = maxImportSize;
    }

    /** The upload form's one field, for the error summary and the field's message. */
    static final class ImportForm {
        public String getFile() {
            return null;
        }
    }

    @GetMapping("/admin/backup")
    String page(@RequestParam(required = false) String tooLarge, Model model) {
        BindingResult result = new BeanPropertyBindingResult(new ImportForm(), FORM);
        if (tooLarge != null) {
            result.rejectValue("file", "backup.problem.too-large", new Object[] {megabytes(maxImportSize)}, null);
        }
        return show(model, result);
    }

    @GetMapping("/admin/backup/export")
    ResponseEntity<byte[]> export(Principal principal) {
        ContentDocument document = backup.export();
        byte[] body = backup.write(document);
        audit.record(AuditEvent.CONTENT_EXPORTED, principal.getName(), document.cities().size() + " cities");
        String name = "sistercities-content-" + LocalDate.now(clock.withZone(ZoneId.of("Europe/Copenhagen"))) + ".json";
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(body);
    }

    /** The content with its images, as a zip (see {@link ContentArchive}). */
    @GetMapping("/admin/backup/export.zip")
    ResponseEntity<byte[]> exportArchive(Principal principal) {
        ContentDocument document = backup.export();
        byte[] body = archive.write(document);
        audit.record(AuditEvent.CONTENT_EXPORTED, principal.getName(), document.cities().size() + " cities, with images");
        String name = "sistercities-content-" + LocalDate.now(clock.withZone(ZoneId.of("Europe/Copenhagen"))) + ".zip";
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/zip"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(body);
    }

    @PostMapping("/admin/backup/import")
    String importContent(@RequestParam(required = false) MultipartFile file, Principal principal, Model model,
            RedirectAttributes redirect) {
        BindingResult result = new BeanPropertyBindingResult(new ImportForm(), FORM);
        if (file == null || file.isEmpty()) {
            result.rejectValue("file", "backup.problem.no-file");
            return show(model, result);
        }
        try {
            byte[] bytes = file.getBytes();
            boolean zip = ContentArchive.isArchive(bytes);
            DataSize limit = zip ? maxArchiveSize : maxImportSize;
            if (file.getSize() > limit.toBytes()) {
                result.rejectValue("file", "backup.problem.too-large", new Object[] {megabytes(limit)}, null);
                return show(model, result);
            }
            ContentBackup.Imported imported = zip ? archive.importArchive(bytes, principal.getName())
                    : backup.importDocument(bytes, principal.getName());
            redirect.addFlashAttribute("imported", imported);
            return "redirect:/admin/backup";
        } catch (ContentBackup.ImportRefusedException refused) {
            refused.problems().forEach(problem ->
                    result.rejectValue("file", "backup.problem", new Object[] {problem}, null));
        } catch (DataIntegrityViolationException importedMeanwhile) {
            // Another import or the seed wrote content between the check and the commit.
            result.rejectValue("file", "backup.problem.not-empty");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return show(model, result);
    }

    private String show(Model model, BindingResult result) {
        model.addAttribute(FORM, result.getTarget());
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + FORM, result);
        model.addAttribute("hasContent", backup.siteHasContent());
        model.addAttribute("maxImportSize", megabytes(maxImportSize));
        model.addAttribute("maxArchiveSize", megabytes(maxArchiveSize));
        return PAGE;
    }

    /** The limit as people say it: "5 MB". */
    static String megabytes(DataSize size) {
        long bytes = size.toBytes();
        return bytes % DataSize.ofMegabytes(1).toBytes() == 0 ? size.toMegabytes() + " MB" : size.toKilobytes() + " KB";
    }
}

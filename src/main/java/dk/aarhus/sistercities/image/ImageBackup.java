package dk.aarhus.sistercities.image;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The images in a content backup: each image's texts and the file as it was uploaded, named by the SHA-256 of its
 * bytes ({@code images/<hash>.<format>}); the import uploads them again, so every rendition is made afresh, by the
 * same rules as an editor's upload.
 */
@Service
public class ImageBackup {

    /** How a file of the backup is named. */
    public static final Pattern FILE = Pattern.compile("images/[0-9a-f]{64}\\.(jpeg|png|webp)");

    private final ImageRepository images;
    private final ImageFiles files;
    private final ImageLibrary library;

    ImageBackup(ImageRepository images, ImageFiles files, ImageLibrary library) {
        this.images = images;
        this.files = files;
        this.library = library;
    }

    /** An image of the backup: {@code id} as the content's cities name it, {@code file} its bytes' name. */
    public record Entry(long id, String fileName, String file, ImageDetails details) {
    }

    /** The entries, oldest first, and the files by name. */
    public record Exported(List<Entry> entries, Map<String, byte[]> files) {
    }

    /** An image of a backup that could not be restored: its file's name and why. */
    public static class RestoreRefusedException extends Exception {
        private final String file;
        private final transient UploadRefusedException reason;

        RestoreRefusedException(String file, UploadRefusedException reason) {
            super(file, null, false, false);
            this.file = file;
            this.reason = reason;
        }

        public String file() {
            return file;
        }

        /** Null when the file is not in the backup. */
        public UploadRefusedException reason() {
            return reason;
        }
    }

    @Transactional(readOnly = true)
    public Exported export() {
        List<Entry> entries = new ArrayList<>();
        Map<String, byte[]> bytes = new LinkedHashMap<>();
        for (Image image : images.findAll().stream().sorted(Comparator.comparing(Image::getId)).toList()) {
            String name = "images/" + image.getOriginal() + "." + image.getFormat().name().toLowerCase(Locale.ROOT);
            entries.add(new Entry(image.getId(), image.getFileName(), name, image.details()));
            bytes.put(name, files.original(image.getOriginal()).orElseThrow());
        }
        return new Exported(entries, bytes);
    }

    /**
     * Uploads every image of a backup, inside the caller's transaction; answers the new id of each entry's id.
     *
     * @throws RestoreRefusedException for the first file that is missing or refused (the caller rolls back)
     */
    @Transactional
    public Map<Long, Long> restore(List<Entry> entries, Map<String, byte[]> bytes, String editor)
            throws RestoreRefusedException {
        Map<Long, Long> ids = new LinkedHashMap<>();
        for (Entry entry : entries) {
            byte[] file = entry.file() == null ? null : bytes.get(entry.file());
            if (file == null) {
                throw new RestoreRefusedException(String.valueOf(entry.file()), null);
            }
            if (!fits(entry.details())) {
                throw new RestoreRefusedException(entry.file(), new UploadRefusedException("image.problem.details"));
            }
            try {
                ids.put(entry.id(), library.upload(entry.fileName(), file, entry.details(), editor).getId());
            } catch (UploadRefusedException refused) {
                throw new RestoreRefusedException(entry.file(), refused);
            }
        }
        return ids;
    }

    /** The rules of the image form: alt texts unless decorative, and every text within its column. */
    private static boolean fits(ImageDetails details) {
        return details != null && details.focus() != null
                && (details.decorative() || !blank(details.altDa()) && !blank(details.altEn()))
                && length(details.altDa()) <= 300 && length(details.altEn()) <= 300
                && length(details.captionDa()) <= 500 && length(details.captionEn()) <= 500
                && length(details.credit()) <= 200 && length(details.licence()) <= 200;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static int length(String text) {
        return text == null ? 0 : text.length();
    }
}

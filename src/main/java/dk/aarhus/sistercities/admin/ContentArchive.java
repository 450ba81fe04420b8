package dk.aarhus.sistercities.admin;

import dk.aarhus.sistercities.city.CityContent;
import dk.aarhus.sistercities.activity.ActivityContent;
import dk.aarhus.sistercities.image.ImageBackup;
import dk.aarhus.sistercities.image.ImageLibrary;
import dk.aarhus.sistercities.page.PageContent;
import dk.aarhus.sistercities.seed.ContentDocument;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * All content with its images as one zip: {@code content.json} (the document {@link ContentBackup} writes),
 * {@code images.json} (each image's texts, and the id the cities name it by) and {@code images/<sha-256>.<format>}
 * (each upload as it came). The import goes into an empty site only, checked first (no image decoded for a site
 * that would refuse it); it reads a bounded archive only (known names in UTF-8, each once, each file at most the
 * upload limit, at most {@value #MAX_ENTRIES} files and a few times the archive's own limit in all, whatever the
 * headers claim), uploads the images again and writes the content with their new ids, all in one transaction: a
 * refusal anywhere writes nothing.
 */
@Service
class ContentArchive {

    static final String DOCUMENT = "content.json";
    static final String IMAGES = "images.json";
    private static final int MAX_ENTRIES = 500;
    private static final long MAX_ENTRY = 10L * 1024 * 1024;
    /** Inflated, all files together: photographs hardly compress, so a real backup is not much larger than its zip. */
    private static final long MAX_TOTAL = 40L * 1024 * 1024;

    private final ContentBackup backup;
    private final ImageBackup images;
    private final ImageLibrary library;
    private final JsonMapper json;

    ContentArchive(ContentBackup backup, ImageBackup images, ImageLibrary library, JsonMapper json) {
        this.backup = backup;
        this.images = images;
        this.library = library;
        this.json = json.rebuild().enable(SerializationFeature.INDENT_OUTPUT).build();
    }

    /** Whether an upload is a zip rather than a JSON document. */
    static boolean isArchive(byte[] file) {
        return file.length >= 4 && file[0] == 'P' && file[1] == 'K' && file[2] == 3 && file[3] == 4;
    }

    @Transactional(readOnly = true)
    public byte[] write(ContentDocument document) {
        ImageBackup.Exported exported = images.export();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            put(zip, DOCUMENT, backup.write(document));
            put(zip, IMAGES, json.writeValueAsBytes(exported.entries()));
            for (Map.Entry<String, byte[]> file : exported.files().entrySet()) {
                put(zip, file.getKey(), file.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * Imports an archive into a site without content.
     *
     * @throws ContentBackup.ImportRefusedException with the reasons; nothing is written
     */
    @Transactional
    public ContentBackup.Imported importArchive(byte[] file, String author) {
        backup.requireNoContent();
        if (!library.find("").isEmpty()) {
            throw ContentBackup.refused("backup.problem.images-not-empty");
        }
        Map<String, byte[]> files = read(file);
        byte[] document = files.remove(DOCUMENT);
        if (document == null) {
            throw ContentBackup.refused("backup.problem.archive", DOCUMENT);
        }
        List<ImageBackup.Entry> entries = new ArrayList<>();
        byte[] list = files.remove(IMAGES);
        if (list != null) {
            try {
                entries = json.readValue(list, new TypeReference<List<ImageBackup.Entry>>() { });
            } catch (JacksonException unreadable) {
                throw ContentBackup.refused("backup.problem.archive", IMAGES);
            }
        }
        ContentDocument read = backup.read(document);
        Map<Long, Long> ids;
        try {
            ids = images.restore(entries == null ? List.of() : entries, files, author);
        } catch (ImageBackup.RestoreRefusedException refused) {
            throw refused.reason() == null ? ContentBackup.refused("backup.problem.archive", refused.file())
                    : ContentBackup.refused("backup.problem.image", refused.file(),
                            new DefaultMessageSourceResolvable(
                                    new String[] {refused.reason().messageKey()}, refused.reason().arguments()));
        }
        List<CityContent> cities = read.cities().stream()
                .map(city -> city.withImage(newId(ids, city.image(), city.slug()))).toList();
        List<PageContent> pages = read.pages() == null ? null : read.pages().stream()
                .map(page -> page.withImage(newId(ids, page.image(), page.key()))).toList();
        List<ActivityContent> activities = read.activities() == null ? null : read.activities().stream()
                .map(activity -> activity.withImage(newId(ids, activity.image(), activity.key()))).toList();
        return backup.importDocument(new ContentDocument(read.format(), read.siteTexts(), read.partnershipTypes(),
                cities, read.contacts(), pages, activities), author);
    }

    /** The new id of the image a city, page or activity ({@code what}) names; one not in the archive refuses it all. */
    private static Long newId(Map<Long, Long> ids, Long old, String what) {
        if (old != null && !ids.containsKey(old)) {
            throw ContentBackup.refused("backup.problem.image-unknown", what, old);
        }
        return old == null ? null : ids.get(old);
    }

    /** The archive's files by name; anything unexpected, too large or too many refuses the whole archive. */
    private static Map<String, byte[]> read(byte[] file) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        long total = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(file))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                String name = entry.getName();
                boolean known = name.equals(DOCUMENT) || name.equals(IMAGES) || ImageBackup.FILE.matcher(name).matches();
                if (!known || files.containsKey(name) || files.size() >= MAX_ENTRIES) {
                    throw ContentBackup.refused("backup.problem.archive", name.length() > 100 ? name.substring(0, 100) : name);
                }
                byte[] bytes = bounded(zip, MAX_ENTRY);
                total += bytes.length;
                if (bytes.length > MAX_ENTRY || total > MAX_TOTAL) {
                    throw ContentBackup.refused("backup.problem.archive", name);
                }
                files.put(name, bytes);
            }
        } catch (ZipException | EOFException | IllegalArgumentException damaged) {
            // IllegalArgumentException: an entry's name that is not UTF-8 (ZipInputStream's "malformed input").
            throw ContentBackup.refused("backup.problem.archive", "zip");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** At most {@code limit} + 1 bytes of the entry: one more says it is too large, whatever its header claims. */
    private static byte[] bounded(InputStream in, long limit) throws IOException {
        return in.readNBytes((int) limit + 1);
    }

    private static void put(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTime(0);
        zip.putNextEntry(entry);
        zip.write(bytes);
        zip.closeEntry();
    }
}

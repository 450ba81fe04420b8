package dk.aarhus.sistercities.image;

import dk.aarhus.sistercities.content.Language;
import dk.aarhus.sistercities.revision.Revisions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The image library: upload, describe, replace and delete images, find them, and show them on pages. Every change is
 * one transaction: an upload refused for any reason stores nothing, and a change on top of a version the editor did
 * not see is refused ({@link StaleException}), as everywhere in the admin.
 */
@Service
@Transactional(readOnly = true)
public class ImageLibrary {

    private final ImageRepository images;
    private final ImageStore store;
    private final ImageFiles files;
    /** Looked up when asked: the kinds that use images also show them, through this library. */
    private final ObjectProvider<ImageUses> uses;
    private final ApplicationEventPublisher events;

    ImageLibrary(ImageRepository images, ImageStore store, ImageFiles files, ObjectProvider<ImageUses> uses,
            ApplicationEventPublisher events) {
        this.images = images;
        this.store = store;
        this.files = files;
        this.uses = uses;
        this.events = events;
    }

    /** Saving on top of a version someone else changed meanwhile; {@code current} is theirs. */
    public static class StaleException extends RuntimeException {
        private final transient Image current;

        StaleException(Image current) {
            super("image " + current.getId() + " changed meanwhile", null, false, false);
            this.current = current;
        }

        public Image current() {
            return current;
        }
    }

    /** Deleting an image that is shown somewhere: where. */
    public static class InUseException extends RuntimeException {
        private final transient List<ImageUse> uses;

        InUseException(List<ImageUse> uses) {
            super("image in use", null, false, false);
            this.uses = List.copyOf(uses);
        }

        public List<ImageUse> uses() {
            return uses;
        }
    }

    /**
     * Checks the upload, makes its renditions and stores it all; nothing is stored when it is refused. The picture
     * is processed before the transaction begins (unless the caller's, a backup's restore, is open): no decode holds
     * a database connection.
     */
    @Transactional(propagation = Propagation.SUPPORTS, rollbackFor = UploadRefusedException.class)
    public Image upload(String fileName, byte[] bytes, ImageDetails details, String editor) throws UploadRefusedException {
        ImageStore.Upload upload = processed(fileName, bytes);
        try {
            return store.add(upload, details, editor);
        } catch (DataIntegrityViolationException | PessimisticLockingFailureException raced) {
            // Another save stored the same file at the same moment: once more, and it is there (or a duplicate).
            if (TransactionSynchronizationManager.isActualTransactionActive()) {
                throw raced;
            }
            return store.add(upload, details, editor);
        }
    }

    /** New texts and, when {@code bytes} is not null, a new file for an image, on top of the version seen. */
    @Transactional(propagation = Propagation.SUPPORTS, rollbackFor = UploadRefusedException.class)
    public Image update(long id, long seenVersion, ImageDetails details, String fileName, byte[] bytes, String editor)
            throws UploadRefusedException {
        ImageStore.Upload upload = bytes == null ? null : processed(fileName, bytes);
        try {
            return store.replace(id, seenVersion, details, upload, editor);
        } catch (ObjectOptimisticLockingFailureException raced) {
            // Saved by someone else between our read and our write: tell the editor theirs, read anew.
            throw new StaleException(images.findById(id).orElseThrow());
        } catch (DataIntegrityViolationException | PessimisticLockingFailureException raced) {
            return store.replace(id, seenVersion, details, upload, editor);
        }
    }

    /**
     * Puts the texts of an earlier revision back (alt texts, captions, credit, licence, focal point), as a new revision
     * that says which; like every change to an image it is seen at once where the image is published. The file is not
     * part of it: a replaced file's renditions are gone. Answers false when the image has no such revision.
     */
    @Transactional
    public boolean restore(long id, int number, String editor) {
        return store.restore(id, number, editor);
    }

    /** The newest revisions of an image's texts (all when {@code all}), for its form. */
    public Revisions.Recent history(long id, boolean all) {
        return store.history(id, all);
    }

    /** Deletes an image and those of its files no other image shows; refused while anything uses it. */
    @Transactional
    public void delete(long id, long seenVersion, String editor) {
        Image image = images.findById(id).orElseThrow();
        if (image.getVersion() != seenVersion) {
            throw new StaleException(image);
        }
        List<ImageUse> where = usesOf(id);
        if (!where.isEmpty()) {
            throw new InUseException(where);
        }
        List<String> renditions = image.getRenditions().stream().map(Image.Rendition::hash).toList();
        String original = image.getOriginal();
        images.delete(image);
        images.flush();
        files.release(renditions, List.of(original));
        events.publishEvent(new ImageChanged("image " + id, editor));
    }

    public Optional<Image> image(long id) {
        return images.findWithRenditions(List.of(id)).stream().findFirst();
    }

    /** Newest first; with a text, those whose file name, alt texts, caption, credit or licence hold it. */
    public List<Image> find(String text) {
        String wanted = fold(text);
        return images.findAllNewestFirst().stream()
                .filter(image -> wanted.isEmpty() || fold(String.join(" ", image.getFileName(),
                        nonNull(image.details().altDa()), nonNull(image.details().altEn()),
                        nonNull(image.details().captionDa()), nonNull(image.details().captionEn()),
                        nonNull(image.getCredit()), nonNull(image.getLicence()))).contains(wanted))
                .toList();
    }

    public List<ImageUse> usesOf(long id) {
        return usesByImage().getOrDefault(id, List.of());
    }

    public Map<Long, List<ImageUse>> usesByImage() {
        Map<Long, List<ImageUse>> all = new LinkedHashMap<>();
        uses.orderedStream().forEach(kind -> kind.all()
                .forEach((id, list) -> all.computeIfAbsent(id, k -> new ArrayList<>()).addAll(list)));
        return all;
    }

    /** The images with these ids as pages show them, in one language; an id with no image is left out. */
    public Map<Long, ImageView> views(Collection<Long> ids, Language language) {
        Set<Long> wanted = ids.stream().filter(Objects::nonNull).collect(Collectors.toSet());
        if (wanted.isEmpty()) {
            return Map.of();
        }
        return images.findWithRenditions(wanted).stream()
                .collect(Collectors.toMap(Image::getId, image -> ImageView.of(image, language)));
    }

    public Optional<ImageView> view(Long id, Language language) {
        return id == null ? Optional.empty() : Optional.ofNullable(views(List.of(id), language).get(id));
    }

    private static ImageStore.Upload processed(String fileName, byte[] bytes) throws UploadRefusedException {
        return new ImageStore.Upload(name(fileName), bytes, sha256(bytes), ImageProcessing.process(bytes));
    }

    /** The file's own name, without any folder a browser sent, cut to the column. */
    private static String name(String fileName) {
        String name = fileName == null ? "" : fileName.replaceAll(".*[/\\\\]", "").strip();
        name = name.isEmpty() ? "image" : name;
        return name.length() > 200 ? name.substring(0, 200) : name;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String fold(String text) {
        if (text == null) {
            return "";
        }
        return Normalizer.normalize(text.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}

package dk.aarhus.sistercities.image;

import dk.aarhus.sistercities.content.Language;
import dk.aarhus.sistercities.revision.Revision;
import dk.aarhus.sistercities.revision.RevisionAction;
import dk.aarhus.sistercities.revision.Revisions;
import dk.aarhus.sistercities.revision.TypedRevisions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.Clock;
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
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The image library: upload, describe, replace and delete images, find them, and show them on pages. Every change is
 * one transaction: an upload refused for any reason stores nothing, and a change on top of a version the editor did
 * not see is refused ({@link StaleException}), as everywhere in the admin.
 */
@Service
@Transactional(readOnly = true)
public class ImageLibrary {

    static final String KIND = "IMAGE";

    private final ImageRepository images;
    private final ImageFileRepository files;
    /** Looked up when asked: the kinds that use images also show them, through this library. */
    private final ObjectProvider<ImageUses> uses;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    /** The texts of every image as they were after each change (kind {@code IMAGE}, key: the image's id). */
    private final TypedRevisions<ImageDetails> history;

    ImageLibrary(ImageRepository images, ImageFileRepository files, ObjectProvider<ImageUses> uses,
            ApplicationEventPublisher events, Clock clock, Revisions revisions, JsonMapper json) {
        this.history = new TypedRevisions<>(revisions, json, KIND, ImageDetails.class);
        this.images = images;
        this.files = files;
        this.uses = uses;
        this.events = events;
        this.clock = clock;
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

    /** Checks the upload, makes its renditions and stores it all; nothing is stored when it is refused. */
    @Transactional
    public Image upload(String fileName, byte[] bytes, ImageDetails details, String editor) throws UploadRefusedException {
        ImageProcessing.Processed processed = ImageProcessing.process(bytes);
        String original = sha256(bytes);
        Optional<Image> same = images.findByOriginal(original);
        if (same.isPresent()) {
            throw new UploadRefusedException("image.problem.duplicate", same.get().getId());
        }
        Image image = new Image(name(fileName), processed.format(), processed.width(), processed.height(),
                bytes.length, original);
        files.save(new ImageFile(original, ImageFile.UPLOAD + processed.format().name().toLowerCase(Locale.ROOT), bytes));
        image.setRenditions(store(processed));
        image.describe(details, editor, clock.instant());
        Image saved = images.save(image);
        history.record(String.valueOf(saved.getId()), RevisionAction.CREATED, saved.details(), editor);
        return saved;
    }

    /** New texts and, when {@code bytes} is not null, a new file for an image, on top of the version seen. */
    @Transactional(rollbackFor = UploadRefusedException.class)
    public Image update(long id, long seenVersion, ImageDetails details, String fileName, byte[] bytes, String editor)
            throws UploadRefusedException {
        Image image = images.findById(id).orElseThrow();
        if (image.getVersion() != seenVersion) {
            throw new StaleException(image);
        }
        if (bytes != null) {
            ImageProcessing.Processed processed = ImageProcessing.process(bytes);
            String original = sha256(bytes);
            Optional<Image> same = images.findByOriginal(original).filter(other -> !other.getId().equals(id));
            if (same.isPresent()) {
                throw new UploadRefusedException("image.problem.duplicate", same.get().getId());
            }
            List<String> old = hashes(image);
            if (!original.equals(image.getOriginal())) {
                files.save(new ImageFile(original, ImageFile.UPLOAD + processed.format().name().toLowerCase(Locale.ROOT), bytes));
            }
            image.replaceFile(name(fileName), processed.format(), processed.width(), processed.height(), bytes.length,
                    original);
            image.setRenditions(store(processed));
            old.removeAll(hashes(image));
            files.deleteAllById(old);
        }
        if (history.latest(String.valueOf(id)).isEmpty()) {
            // Uploaded before images had a history: its texts until now are where an undo goes back to.
            history.record(String.valueOf(id), RevisionAction.CREATED, image.details(), image.getUpdatedBy());
        }
        image.describe(details, editor, clock.instant());
        try {
            images.saveAndFlush(image);
        } catch (ObjectOptimisticLockingFailureException raced) {
            throw new StaleException(image);
        }
        history.record(String.valueOf(id), RevisionAction.SAVED, image.details(), editor);
        events.publishEvent(new ImageChanged("image " + id, editor));
        return image;
    }

    /**
     * Puts the texts of an earlier revision back (alt texts, captions, credit, licence, focal point), as a new revision
     * that says which; like every change to an image it is seen at once where the image is published. The file is not
     * part of it: a replaced file's renditions are gone. Answers false when the image has no such revision.
     */
    @Transactional
    public boolean restore(long id, int number, String editor) {
        Image image = images.findById(id).orElseThrow();
        String key = String.valueOf(id);
        Optional<Revision> revision = history.revision(key, number);
        if (revision.isEmpty()) {
            return false;
        }
        ImageDetails old = history.read(revision.get());
        image.describe(old, editor, clock.instant());
        images.saveAndFlush(image);
        history.restored(key, number, image.details(), editor);
        events.publishEvent(new ImageChanged("image " + id, editor));
        return true;
    }

    /** The newest revisions of an image's texts (all when {@code all}), for its form. */
    public Revisions.Recent history(long id, boolean all) {
        return history.recent(String.valueOf(id), all);
    }

    /** Deletes an image and its files; refused while anything uses it. */
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
        List<String> hashes = hashes(image);
        images.delete(image);
        images.flush();
        files.deleteAllById(hashes);
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

    private List<Image.Rendition> store(ImageProcessing.Processed processed) {
        List<Image.Rendition> made = new ArrayList<>();
        for (ImageProcessing.Made rendition : processed.renditions()) {
            String hash = sha256(rendition.jpeg());
            if (!files.existsById(hash)) {
                files.save(new ImageFile(hash, ImageFile.RENDITION, rendition.jpeg()));
            }
            made.add(new Image.Rendition(rendition.width(), rendition.height(), hash, rendition.jpeg().length));
        }
        return made;
    }

    private static List<String> hashes(Image image) {
        List<String> hashes = new ArrayList<>();
        hashes.add(image.getOriginal());
        image.getRenditions().forEach(r -> hashes.add(r.hash()));
        return hashes;
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

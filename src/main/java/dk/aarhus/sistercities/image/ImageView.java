package dk.aarhus.sistercities.image;

import dk.aarhus.sistercities.content.Language;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An image as a page shows it, in one language: {@code src} is the rendition for browsers that take no
 * {@code srcset}, {@code width} and {@code height} its size (so the page keeps its place for it), {@code alt} empty
 * for a decorative image; {@code largest} the widest rendition (for Open Graph).
 */
public record ImageView(long id, String src, String srcset, int width, int height, String alt, String caption,
        String credit, String licence, String focusClass, String largest) {

    /** The address of a file, by the hash of its bytes: it never changes, so it may be kept for a year. */
    public static String path(String hash) {
        return MediaFilter.PREFIX + hash + ".jpg";
    }

    static ImageView of(Image image, Language language) {
        List<Image.Rendition> renditions = image.getRenditions();
        Image.Rendition fallback = renditions.stream().filter(r -> r.width() <= 960)
                .reduce((a, b) -> b).orElse(renditions.get(0));
        Image.Rendition widest = renditions.get(renditions.size() - 1);
        String srcset = renditions.stream().map(r -> path(r.hash()) + " " + r.width() + "w")
                .collect(Collectors.joining(", "));
        return new ImageView(image.getId(), path(fallback.hash()), srcset, fallback.width(), fallback.height(),
                nonNull(image.alt(language)), image.caption(language), image.getCredit(), image.getLicence(),
                image.getFocus().cssClass(), path(widest.hash()));
    }

    /** Whether anything is said under the image. */
    public boolean hasCaption() {
        return notBlank(caption) || notBlank(credit) || notBlank(licence);
    }

    private static boolean notBlank(String text) {
        return text != null && !text.isBlank();
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}

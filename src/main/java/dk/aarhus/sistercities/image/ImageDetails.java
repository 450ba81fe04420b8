package dk.aarhus.sistercities.image;

/**
 * What an editor says about an image: its alt text in each language (none when it is decorative), caption,
 * credit (photographer), licence and focal point.
 */
public record ImageDetails(String altDa, String altEn, boolean decorative, String captionDa, String captionEn,
        String credit, String licence, FocalPoint focus) {
}

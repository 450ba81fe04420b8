package dk.aarhus.sistercities.map;

/**
 * The projection of the land layer, as written by {@code src/tools/map/build-land.mjs} to
 * {@code map/projection.json}: an equirectangular projection with a standard parallel,
 * cropped to {@code west..east} and {@code south..north} degrees and scaled to
 * {@code width} by {@code height} SVG user units. Being affine in longitude and latitude,
 * it is fully described by the crop and the size.
 */
public record Projection(String type, double standardParallel, double west, double east, double south, double north,
        double width, double height, int decimals, String source) {

    static final String EQUIRECTANGULAR = "equirectangular";

    public Projection {
        if (!EQUIRECTANGULAR.equals(type)) {
            throw new IllegalArgumentException("Unsupported map projection " + type + "; expected " + EQUIRECTANGULAR);
        }
        if (!(west < east) || !(south < north) || !(width > 0) || !(height > 0)) {
            throw new IllegalArgumentException("Invalid map projection bounds or size");
        }
    }

    /** Projects a point; points outside the crop land outside {@code 0..width, 0..height}. */
    public Point project(double latitude, double longitude) {
        double x = (longitude - west) / (east - west) * width;
        double y = (north - latitude) / (north - south) * height;
        return new Point(x, y);
    }
}

package dk.aarhus.sistercities.image;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Semaphore;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.plugins.jpeg.JPEGImageWriteParam;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Checks an upload and makes its renditions. The format is told by the first bytes; the size in pixels is read
 * from the header and refused there when it is too large (a decompression bomb is a tiny file whose header claims
 * a huge picture), so only a picture within the limits is ever decoded, at most two at a time. Renditions are
 * drawn from the decoded pixels and written as new JPEG files: nothing of the upload's metadata (EXIF with its
 * GPS position, XMP, comments) comes along; only the camera's orientation is read, to draw them the right way up.
 */
final class ImageProcessing {

    static final int MAX_BYTES = 10 * 1024 * 1024;
    static final long MAX_PIXELS = 40_000_000L;
    static final int MIN_SIDE = 100;
    /** A strip (1 × 50,000 pixels) is no picture for a page: the long side at most this many times the short. */
    static final int MAX_RATIO = 8;
    static final int[] WIDTHS = {480, 960, 1600};
    private static final float QUALITY = 0.78f;
    /**
     * Decoded pictures are large (4 bytes a pixel, and each step of the work makes another): two uploads at a time
     * are worked on, from the decode to the last rendition written; others wait.
     */
    private static final Semaphore PIXEL_WORK = new Semaphore(2, true);

    static {
        // Registers the WebP reader (TwelveMonkeys) whichever class loader first touched ImageIO.
        ImageIO.scanForPlugins();
        ImageIO.setUseCache(false);
    }

    private ImageProcessing() {
    }

    /** A rendition: a JPEG of the given size. */
    record Made(int width, int height, byte[] jpeg) {
    }

    /** An accepted upload: its format and size, and its renditions, narrowest first. */
    record Processed(ImageFormat format, int width, int height, List<Made> renditions) {
    }

    static Processed process(byte[] bytes) throws UploadRefusedException {
        if (bytes.length == 0) {
            throw new UploadRefusedException("image.problem.empty");
        }
        if (bytes.length > MAX_BYTES) {
            throw new UploadRefusedException("image.problem.too-large", MAX_BYTES / (1024 * 1024));
        }
        ImageFormat format = ImageFormat.sniff(bytes)
                .orElseThrow(() -> new UploadRefusedException("image.problem.not-an-image"));
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format.readerName());
        if (!readers.hasNext()) {
            throw new IllegalStateException("no ImageIO reader for " + format);
        }
        ImageReader reader = readers.next();
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(input, true, true);
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            check(width, height);
            int orientation = format == ImageFormat.JPEG ? ExifOrientation.of(bytes) : 1;
            boolean turned = ExifOrientation.swapsSides(orientation);
            int uprightWidth = turned ? height : width;
            int uprightHeight = turned ? width : height;
            // All the pixel work (decode, RGB copy, turning, scaling, writing) holds one of the permits.
            PIXEL_WORK.acquireUninterruptibly();
            try {
                BufferedImage picture = ExifOrientation.upright(decode(reader, width, height), orientation);
                return new Processed(format, uprightWidth, uprightHeight,
                        renditions(picture, uprightWidth, uprightHeight));
            } finally {
                PIXEL_WORK.release();
            }
        } catch (IOException | RuntimeException unreadable) {
            throw new UploadRefusedException("image.problem.damaged", format.name());
        } finally {
            reader.dispose();
        }
    }

    /** The renditions, narrowest first, of a picture {@code width} × {@code height} (perhaps decoded smaller). */
    private static List<Made> renditions(BufferedImage picture, int width, int height) {
        List<Made> renditions = new ArrayList<>();
        for (int target : widths(width)) {
            BufferedImage scaled = scale(picture, target, Math.max(1, Math.round((float) height * target / width)));
            renditions.add(new Made(scaled.getWidth(), scaled.getHeight(), jpeg(scaled)));
        }
        return List.copyOf(renditions);
    }

    private static void check(int width, int height) throws UploadRefusedException {
        if ((long) width * height > MAX_PIXELS) {
            throw new UploadRefusedException("image.problem.too-many-pixels", width, height, MAX_PIXELS / 1_000_000);
        }
        int shortSide = Math.min(width, height);
        int longSide = Math.max(width, height);
        if (shortSide < MIN_SIDE || longSide > (long) shortSide * MAX_RATIO) {
            throw new UploadRefusedException("image.problem.shape", width, height, MIN_SIDE, MAX_RATIO);
        }
    }

    /**
     * The picture as RGB on white (a transparent PNG's background). A very large one is read at every second (or
     * third …) pixel, still at least twice the widest rendition, so no decode holds much more than 10 megapixels.
     */
    private static BufferedImage decode(ImageReader reader, int width, int height) throws IOException, UploadRefusedException {
        ImageReadParam param = reader.getDefaultReadParam();
        int step = (int) Math.max(1, Math.min(width / (2L * WIDTHS[WIDTHS.length - 1]),
                Math.ceil(Math.sqrt((double) width * height / 10_000_000d))));
        param.setSourceSubsampling(step, step, 0, 0);
        List<String> warnings = new ArrayList<>();
        reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
        BufferedImage decoded = reader.read(0, param);
        if (!warnings.isEmpty() || decoded == null) {
            // A truncated JPEG is read to its end with a warning and the rest painted grey: refused, not shown.
            throw new UploadRefusedException("image.problem.damaged", reader.getFormatName().toUpperCase(Locale.ROOT));
        }
        BufferedImage rgb = new BufferedImage(decoded.getWidth(), decoded.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, rgb.getWidth(), rgb.getHeight());
        g.drawImage(decoded, 0, 0, null);
        g.dispose();
        return rgb;
    }

    /** The rendition widths for a picture this wide: never wider than it, and its own width when under the widest. */
    static List<Integer> widths(int width) {
        List<Integer> widths = new ArrayList<>();
        for (int w : WIDTHS) {
            if (w < width) {
                widths.add(w);
            }
        }
        if (width <= WIDTHS[WIDTHS.length - 1]) {
            widths.add(width);
        }
        return widths;
    }

    /** Halves the picture while it is more than twice the target, then one last bilinear step: sharp, no aliasing. */
    private static BufferedImage scale(BufferedImage source, int width, int height) {
        BufferedImage current = source;
        while (current.getWidth() / 2 >= width && current.getHeight() / 2 >= height) {
            current = draw(current, current.getWidth() / 2, current.getHeight() / 2);
        }
        return current.getWidth() == width && current.getHeight() == height ? current : draw(current, width, height);
    }

    private static BufferedImage draw(BufferedImage source, int width, int height) {
        BufferedImage target = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = target.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.drawImage(source, 0, 0, width, height, null);
        g.dispose();
        return target;
    }

    /** A progressive JPEG with optimised tables and no metadata but the JFIF header. */
    static byte[] jpeg(BufferedImage picture) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            JPEGImageWriteParam param = (JPEGImageWriteParam) writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(QUALITY);
            param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
            param.setOptimizeHuffmanTables(true);
            writer.setOutput(stream);
            writer.write(null, new IIOImage(picture, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }
}

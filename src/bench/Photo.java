import java.awt.image.BufferedImage;
import java.io.File;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.FileImageOutputStream;

/**
 * A photo-like JPEG for the benchmark (no photo ships with the project): smooth value noise at a few scales, as
 * sky, water and buildings give, saved at a camera's quality (0.92). Run as a single file:
 *
 *   java Photo.java OUT.jpg WIDTH HEIGHT
 */
public class Photo {

    public static void main(String[] args) throws Exception {
        int width = Integer.parseInt(args[1]);
        int height = Integer.parseInt(args[2]);
        Random random = new Random(15);
        float[][][] layers = new float[4][][];
        for (int l = 0; l < layers.length; l++) {
            int cells = 4 << (2 * l);
            layers[l] = new float[cells + 2][cells + 2];
            for (float[] row : layers[l]) {
                for (int i = 0; i < row.length; i++) {
                    row[i] = random.nextFloat();
                }
            }
        }
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                float v = 0;
                float weight = 0.5f;
                for (float[][] layer : layers) {
                    int cells = layer.length - 2;
                    float fx = (float) x * cells / width;
                    float fy = (float) y * cells / height;
                    int ix = (int) fx;
                    int iy = (int) fy;
                    float tx = fx - ix;
                    float ty = fy - iy;
                    float top = layer[iy][ix] * (1 - tx) + layer[iy][ix + 1] * tx;
                    float bottom = layer[iy + 1][ix] * (1 - tx) + layer[iy + 1][ix + 1] * tx;
                    v += weight * (top * (1 - ty) + bottom * ty);
                    weight /= 2;
                }
                float grain = (random.nextFloat() - 0.5f) * 0.04f;
                int r = clamp((v + grain) * 200 + 20 * (float) y / height);
                int g = clamp((v + grain) * 170 + 30);
                int b = clamp((1 - v + grain) * 160 + 60 * (1 - (float) y / height));
                image.setRGB(x, y, (r << 16) | (g << 8) | b);
            }
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(0.92f);
        try (FileImageOutputStream out = new FileImageOutputStream(new File(args[0]))) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, null), param);
        }
        writer.dispose();
    }

    private static int clamp(float value) {
        return Math.max(0, Math.min(255, Math.round(value)));
    }
}

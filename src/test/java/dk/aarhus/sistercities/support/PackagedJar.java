package dk.aarhus.sistercities.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The packaged jar as the drills start it: extracted once per JVM with Spring Boot's {@code jarmode=tools}
 * (the layout of the README's production recipe and of the Compose image), so its libraries are plain jars
 * on the class path. Started as a fat jar, a start-up spent about a third of its CPU samples in the nested-jar
 * class loader; the same start took 15 to 20 s extracted against 37 to 45 s as a fat jar, one after the other
 * on the same busy machine. The drills start the application seven times.
 */
public final class PackagedJar {

    private static Path launcher;

    private PackagedJar() {
    }

    /** The command that starts the application, up to its own arguments: a small heap, C1, the serial collector. */
    public static List<String> command() {
        return List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-jar", launcher().toString());
    }

    private static synchronized Path launcher() {
        if (launcher == null) {
            String jar = System.getProperty("sistercities.jar");
            assertThat(jar).as("system property sistercities.jar (set by the build)").isNotBlank();
            Path packaged = Path.of(jar).toAbsolutePath();
            Path destination = packaged.resolveSibling("extracted");
            try {
                Process extract = new ProcessBuilder(command(packaged, destination)).redirectErrorStream(true).start();
                String output = new String(extract.getInputStream().readAllBytes());
                assertThat(extract.waitFor()).as("extracting " + packaged + ":\n" + output).isZero();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            launcher = destination.resolve(packaged.getFileName());
            assertThat(Files.isRegularFile(launcher)).as(launcher + " after extracting").isTrue();
        }
        return launcher;
    }

    private static List<String> command(Path packaged, Path destination) {
        return List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Djarmode=tools", "-jar",
                packaged.toString(), "extract", "--force", "--destination", destination.toString());
    }
}

package vn.edu.platform.local.demo;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.Map;

/**
 * A resource folder of this module as a {@link Path} that can be listed: a directory while it runs
 * from {@code target/classes}, a folder inside the zip file system of the jar once packaged.
 */
final class ClasspathFolder {

  private ClasspathFolder() {}

  static Path path(String folder) {
    URL url = ClasspathFolder.class.getResource(folder);
    if (url == null) {
      throw new DemoDataException("no resource folder " + folder + " on the class path");
    }
    try {
      URI uri = url.toURI();
      if (uri.getScheme().equals("jar")) {
        return jarFileSystem(uri).provider().getPath(uri);
      }
      return Path.of(uri);
    } catch (URISyntaxException | IOException e) {
      throw new DemoDataException("cannot open the resource folder " + folder, e);
    }
  }

  private static FileSystem jarFileSystem(URI uri) throws IOException {
    try {
      // kept open for the launcher's life: the paths handed out read from it
      return FileSystems.newFileSystem(uri, Map.of());
    } catch (FileSystemAlreadyExistsException opened) {
      return FileSystems.getFileSystem(uri);
    }
  }
}

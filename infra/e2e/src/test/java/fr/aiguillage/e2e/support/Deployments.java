package fr.aiguillage.e2e;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The real WAR, as built by this module: tests deploy exactly what production runs. */
final class Deployments {
  private Deployments() {}

  static WebArchive application() {
    return ShrinkWrap.createFromZipFile(
        WebArchive.class, new File(System.getProperty("aiguillage.war")));
  }
}

package fr.aiguillage.e2e.support;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The real WAR, as built by infra/app: tests deploy exactly what production runs. */
public final class Deployments {
  private Deployments() {}

  public static WebArchive application() {
    return ShrinkWrap.createFromZipFile(
        WebArchive.class, new File(System.getProperty("aiguillage.war")));
  }
}

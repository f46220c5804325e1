package fr.aiguillage.infra;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.shared.ui.Transport;
import com.vaadin.flow.theme.Theme;

/**
 * The page around the staff UI: the "aiguillage" application theme (Lumo, contrast and focus
 * reinforced) and the default title. The {@code lang="fr"} attribute is set on each index page by
 * {@code fr.aiguillage.ui.security.AccessControlInstaller}, which AppShellSettings cannot do.
 * Server push (WebSocket, long polling as a fallback) lets long work such as an import show its
 * progress as it goes.
 */
@Push(transport = Transport.WEBSOCKET_XHR)
@Theme("aiguillage")
@PageTitle("Aiguillage")
@Meta(name = "description", content = "Orientation et suivi des bénéficiaires du RSA")
public class AppShell implements AppShellConfigurator {}

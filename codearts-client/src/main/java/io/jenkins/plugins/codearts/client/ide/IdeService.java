package io.jenkins.plugins.codearts.client.ide;

import io.jenkins.plugins.codearts.client.internal.Transport;
import java.util.Objects;

/** CodeArts IDE Online, one accessor per chapter of the API reference. */
public final class IdeService {

    private final IdeInstancesApi instances;
    private final StacksApi stacks;
    private final IdeTemplatesApi templates;
    private final AccountApi account;
    private final ExtensionAuthorizationApi extensionAuthorization;
    private final MarketplaceApi marketplace;
    private final CodebreezeApi codebreeze;
    private final TsbotApi tsbot;

    /** Created by {@code CodeArtsClient}; the transport is internal, so this constructor is not API. */
    public IdeService(Transport transport) {
        Objects.requireNonNull(transport, "transport");
        this.instances = new IdeInstancesApi(transport);
        this.stacks = new StacksApi(transport);
        this.templates = new IdeTemplatesApi(transport);
        this.account = new AccountApi(transport);
        this.extensionAuthorization = new ExtensionAuthorizationApi(transport);
        this.marketplace = new MarketplaceApi(transport);
        this.codebreeze = new CodebreezeApi(transport);
        this.tsbot = new TsbotApi(transport);
    }

    /** Chapter 4.1, IDE instance management: create, list, show, update, delete, start, stop, keep alive. */
    public IdeInstancesApi instances() {
        return instances;
    }

    /** Chapter 4.2, technology stacks and prices (plus the deprecated stack call of chapter 8). */
    public StacksApi stacks() {
        return stacks;
    }

    /** Chapter 4.3, starter-project templates. */
    public IdeTemplatesApi templates() {
        return templates;
    }

    /** Chapter 4.4, account permissions. */
    public AccountApi account() {
        return account;
    }

    /** Chapter 4.5, plug-in authorisation. */
    public ExtensionAuthorizationApi extensionAuthorization() {
        return extensionAuthorization;
    }

    /** Chapter 4.6, the plug-in marketplace. */
    public MarketplaceApi marketplace() {
        return marketplace;
    }

    /** Chapter 4.7, codebreeze (CodeArts Snap code generation). */
    public CodebreezeApi codebreeze() {
        return codebreeze;
    }

    /** Chapter 4.8, codebreezetsbot (chat bot). */
    public TsbotApi tsbot() {
        return tsbot;
    }
}

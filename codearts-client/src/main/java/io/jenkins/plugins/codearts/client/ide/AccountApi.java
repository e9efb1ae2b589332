package io.jenkins.plugins.codearts.client.ide;

import com.fasterxml.jackson.core.type.TypeReference;
import io.jenkins.plugins.codearts.client.OperationCatalog;
import io.jenkins.plugins.codearts.client.PathParams;
import io.jenkins.plugins.codearts.client.Query;
import io.jenkins.plugins.codearts.client.internal.Transport;
import io.jenkins.plugins.codearts.client.ide.model.IdeResult;
import io.jenkins.plugins.codearts.client.ide.model.account.AccountStatus;
import java.util.Objects;

/** IDE Online document chapter 4.4, account permissions. */
public final class AccountApi {

    private static final TypeReference<IdeResult<AccountStatus>> STATUS = new TypeReference<>() { };

    private final Transport transport;

    AccountApi(Transport transport) {
        this.transport = Objects.requireNonNull(transport, "transport");
    }

    /**
     * What the caller may do: create instances, free trial, management entry ({@code GET
     * /v2/permission/account/status}).
     */
    public IdeResult<AccountStatus> showAccountStatus() {
        return transport.execute(OperationCatalog.SHOW_ACCOUNT_STATUS, PathParams.of(), Query.empty(), null, STATUS);
    }
}

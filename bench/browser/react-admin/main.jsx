/**
 * `npm run bench:browser`, the baseline: react-admin with ra-data-fakerest over the same generated
 * users as our page, a List with a search filter and a Datagrid, sorted by name, 25 rows a page.
 * JSX, not TSX: react-admin is installed here only (./package.json, on demand by the script), and
 * the project's typecheck, which covers bench/, must not need it.
 */
import fakeDataProvider from "ra-data-fakerest";
import {
  Admin,
  BooleanField,
  Datagrid,
  DateField,
  EmailField,
  List,
  memoryStore,
  Resource,
  SearchInput,
  TextField,
} from "react-admin";
import { createRoot } from "react-dom/client";
import { markDataReady } from "../shared/dataset";
import { benchUserRecords } from "../shared/records";

const dataProvider = fakeDataProvider({ users: benchUserRecords() });
markDataReady();

const filters = [<SearchInput key="q" source="q" alwaysOn />];

const UserList = () => (
  <List filters={filters} sort={{ field: "name", order: "ASC" }} perPage={25}>
    <Datagrid bulkActionButtons={false} rowClick={false}>
      <TextField source="name" />
      <EmailField source="email" />
      <DateField source="lastLoginAt" label="Last login" />
      <BooleanField source="twoFactorEnabled" label="2FA" sortable={false} />
      <TextField source="role" />
      <TextField source="status" />
    </Datagrid>
  </List>
);

const root = document.getElementById("root");
if (!root) throw new Error("#root is missing from index.html");
createRoot(root).render(
  <Admin dataProvider={dataProvider} store={memoryStore()} disableTelemetry>
    <Resource name="users" list={UserList} />
  </Admin>,
);

// The English catalog, one file per namespace (one face or domain each). A new namespace is a
// new JSON file here and a line below; keys are camelCase and say what the text is for.
import actions from "./actions.json";
import common from "./common.json";
import ui from "./ui.json";
import errors from "./errors.json";
import errorsClient from "./errorsClient.json";
import pwa from "./pwa.json";
import cart from "./cart.json";
import cartClient from "./cartClient.json";
import storefront from "./storefront.json";
import storefrontClient from "./storefrontClient.json";
import home from "./home.json";
import storeHours from "./storeHours.json";
import inStore from "./inStore.json";
import kiosk from "./kiosk.json";
import checkout from "./checkout.json";
import checkoutClient from "./checkoutClient.json";
import payment from "./payment.json";
import scanner from "./scanner.json";
import ordersClient from "./ordersClient.json";
import reviewsForm from "./reviewsForm.json";
import inStoreClient from "./inStoreClient.json";
import exitPass from "./exitPass.json";
import exitPassClient from "./exitPassClient.json";
import labels from "./labels.json";
import labelsClient from "./labelsClient.json";
import kioskClient from "./kioskClient.json";
import stores from "./stores.json";
import catalog from "./catalog.json";
import catalogClient from "./catalogClient.json";
import searchClient from "./searchClient.json";
import search from "./search.json";
import product from "./product.json";
import reviews from "./reviews.json";
import nav from "./nav.json";
import orderStatus from "./orderStatus.json";
import staff from "./staff.json";
import pickups from "./pickups.json";
import pickupsClient from "./pickupsClient.json";
import handover from "./handover.json";
import handoverClient from "./handoverClient.json";
import admin from "./admin.json";
import emails from "./emails.json";
import orders from "./orders.json";
import account from "./account.json";
import auth from "./auth.json";
import authClient from "./authClient.json";
import storesClient from "./storesClient.json";
import failures from "./failures.json";

const messages = {
  actions,
  common,
  ui,
  errors,
  errorsClient,
  pwa,
  cart,
  cartClient,
  storefront,
  storefrontClient,
  home,
  storeHours,
  inStore,
  kiosk,
  checkout,
  checkoutClient,
  payment,
  scanner,
  ordersClient,
  reviewsForm,
  inStoreClient,
  exitPass,
  exitPassClient,
  labels,
  labelsClient,
  kioskClient,
  stores,
  catalog,
  catalogClient,
  searchClient,
  search,
  product,
  reviews,
  nav,
  orderStatus,
  staff,
  pickups,
  pickupsClient,
  handover,
  handoverClient,
  admin,
  emails,
  orders,
  account,
  auth,
  authClient,
  storesClient,
  failures,
};

export default messages;

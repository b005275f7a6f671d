/** Fictional people for the demo. Phone numbers sit in the 555-01xx range reserved for fiction. */

export const demoShopper = { email: "shopper@example.com", name: "Jordan Ellis", phone: "+1 206-555-0101", preferredStore: "sea" };
export const demoAdmin = { email: "admin@example.com", name: "Priya Natarajan" };

/** Staff per store code: the associate runs pickups, the manager reads the dashboards. */
export const staffNames: Record<string, { associate: string; manager: string }> = {
  sea: { associate: "Maya Okafor", manager: "Daniel Whitcombe" },
  pdx: { associate: "Theo Lindqvist", manager: "Rosa Delgado" },
  den: { associate: "Marcus Bell", manager: "Hannah Cho" },
};

/** Regular customers who wrote reviews and placed past orders. */
export const shopperSeeds: { name: string; email: string; phone: string; preferredStore: string }[] = [
  { name: "Amara Nwosu", email: "amara.nwosu@example.com", phone: "+1 206-555-0112", preferredStore: "sea" },
  { name: "Ben Hartley", email: "ben.hartley@example.com", phone: "+1 206-555-0115", preferredStore: "sea" },
  { name: "Carmen Ruiz", email: "carmen.ruiz@example.com", phone: "+1 206-555-0123", preferredStore: "sea" },
  { name: "Dev Patel", email: "dev.patel@example.com", phone: "+1 206-555-0127", preferredStore: "sea" },
  { name: "Elena Sokolova", email: "elena.sokolova@example.com", phone: "+1 206-555-0131", preferredStore: "sea" },
  { name: "Finn O'Connell", email: "finn.oconnell@example.com", phone: "+1 206-555-0136", preferredStore: "sea" },
  { name: "Grace Kim", email: "grace.kim@example.com", phone: "+1 206-555-0144", preferredStore: "sea" },
  { name: "Hiroshi Tanaka", email: "hiroshi.tanaka@example.com", phone: "+1 206-555-0148", preferredStore: "sea" },
  { name: "Isabel Moreno", email: "isabel.moreno@example.com", phone: "+1 206-555-0153", preferredStore: "sea" },
  { name: "Jamal Washington", email: "jamal.washington@example.com", phone: "+1 503-555-0104", preferredStore: "pdx" },
  { name: "Kaia Larsen", email: "kaia.larsen@example.com", phone: "+1 503-555-0109", preferredStore: "pdx" },
  { name: "Liam Brennan", email: "liam.brennan@example.com", phone: "+1 503-555-0116", preferredStore: "pdx" },
  { name: "Mei Lin Chen", email: "meilin.chen@example.com", phone: "+1 503-555-0121", preferredStore: "pdx" },
  { name: "Nadia Haddad", email: "nadia.haddad@example.com", phone: "+1 503-555-0129", preferredStore: "pdx" },
  { name: "Oscar Lindgren", email: "oscar.lindgren@example.com", phone: "+1 503-555-0134", preferredStore: "pdx" },
  { name: "Paloma Reyes", email: "paloma.reyes@example.com", phone: "+1 503-555-0140", preferredStore: "pdx" },
  { name: "Quinn Abernathy", email: "quinn.abernathy@example.com", phone: "+1 503-555-0147", preferredStore: "pdx" },
  { name: "Ravi Iyer", email: "ravi.iyer@example.com", phone: "+1 720-555-0103", preferredStore: "den" },
  { name: "Sofia Marchetti", email: "sofia.marchetti@example.com", phone: "+1 720-555-0108", preferredStore: "den" },
  { name: "Tomás Herrera", email: "tomas.herrera@example.com", phone: "+1 720-555-0114", preferredStore: "den" },
  { name: "Uma Krishnan", email: "uma.krishnan@example.com", phone: "+1 720-555-0122", preferredStore: "den" },
  { name: "Victor Adeyemi", email: "victor.adeyemi@example.com", phone: "+1 720-555-0126", preferredStore: "den" },
  { name: "Willa Thompson", email: "willa.thompson@example.com", phone: "+1 720-555-0133", preferredStore: "den" },
  { name: "Xavier Dubois", email: "xavier.dubois@example.com", phone: "+1 720-555-0139", preferredStore: "den" },
  { name: "Yara Haddon", email: "yara.haddon@example.com", phone: "+1 720-555-0145", preferredStore: "den" },
  { name: "Zoe Brooks", email: "zoe.brooks@example.com", phone: "+1 720-555-0152", preferredStore: "den" },
];

import type { Schemas } from "../api/client";

type Category = Schemas["StatisticCategory"];
type Qualifier = Schemas["StatisticQualifier"];

// Records over the OpenAPI document's enums: a category or qualifier the API adds or renames fails the type check
// here, before an editor meets a choice the desk cannot offer.
const categoryLabels: Record<Category, string> = {
  volunteers: "志愿者", activities: "活动", participants: "参与者", beneficiaries: "受益者", honorees: "表彰",
  organizations: "组织", environment: "环境", economy: "经济", infrastructure: "基础设施", other: "其他",
};
const qualifierLabels: Record<Qualifier, string> = {
  exact: "确数", over: "以上/余", approx: "约", under: "以下/不到", range: "区间",
};

export const categories = Object.keys(categoryLabels) as Category[];
export const qualifiers = Object.keys(qualifierLabels) as Qualifier[];
export const categoryLabel = (c: string) => categoryLabels[c as Category] ?? c;
export const qualifierLabel = (q: string) => qualifierLabels[q as Qualifier] ?? q;

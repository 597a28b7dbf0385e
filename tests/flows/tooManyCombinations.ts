import type { Condition, Flow, Step } from '../../content-models/index.ts'

/**
 * The questions and steps of a flow with more answer combinations than a path map walks: three
 * multi-choice questions `m0`–`m2` of twelve options `o0`–`o11`, and for each option of each
 * question a step `s<question>-<option>` shown when it is chosen, made by `makeStep`.
 */
export function tooManyCombinations(
  prompt: (at: number) => { da: string; en: string },
  makeStep: (key: string, option: string, showWhen: Condition) => Step,
): Pick<Flow, 'questions' | 'steps'> {
  const options = Array.from({ length: 12 }, (_, at) => ({
    value: `o${at}`,
    label: { da: `O${at}`, en: `O${at}` },
  }))
  return {
    questions: [0, 1, 2].map((at) => ({
      key: `m${at}`,
      type: 'multi' as const,
      prompt: prompt(at),
      help: null,
      options,
    })),
    steps: [0, 1, 2].flatMap((question) =>
      options.map((option) =>
        makeStep(`s${question}-${option.value}`, option.value, {
          answer: `m${question}`,
          is: option.value,
        }),
      ),
    ),
  }
}
